package vn.noivu.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import vn.noivu.platform.NoiVuProperties;

/**
 * The zero-configuration database: an embedded PostgreSQL 17 under {@code noivu.data-dir}, used when
 * no external database URL ({@code spring.datasource.url} / {@code NOIVU_DB_URL}) is set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "noivu";

    @Bean(destroyMethod = "release")
    EmbeddedDatabase embeddedDatabase(NoiVuProperties properties, EmbeddedDatabaseSettings settings) {
        return EmbeddedDatabase.acquire(properties, settings);
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl(DATABASE));
        config.setUsername("postgres");
        config.setPoolName("noivu-embedded");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }
}
