package vn.noivu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every message bundle speaks Vietnamese and English with the same keys, none left empty. */
class MessagesTests {

    @Test
    void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        Resource[] english = resolver.getResources("classpath*:**/messages_en.properties");
        assertThat(english).isNotEmpty();
        for (Resource en : english) {
            String path = en.getURL().toString().replace("messages_en.properties", "messages.properties");
            Resource vi = resolver.getResource(path);
            assertThat(vi.exists()).as("Vietnamese bundle for " + en.getURL()).isTrue();
            Set<String> viKeys = keys(vi);
            Set<String> enKeys = keys(en);
            assertThat(enKeys).as("keys of " + en.getURL()).containsExactlyInAnyOrderElementsOf(viKeys);
        }
    }

    private static Set<String> keys(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        properties.forEach(
                (k, v) -> assertThat(v.toString()).as("value of " + k).isNotBlank());
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
