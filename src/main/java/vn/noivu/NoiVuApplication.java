package vn.noivu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** NoiVu ("Nội vụ số"): the information system of Vietnam's Home Affairs sector. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NoiVuApplication {

    public static void main(String[] args) {
        SpringApplication.run(NoiVuApplication.class, args);
    }
}
