package vn.noivu.reward.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conditions of each title as data: one JSON resource per rule set (reward/rules/&lt;name&gt;.json),
 * named by the catalogue version, so a new decree is a new file and a new catalogue row.
 */
@Component
class RuleSets {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, JsonNode> loaded = new ConcurrentHashMap<>();

    /** The rules of a title in a rule set, in the order they are evaluated. */
    List<JsonNode> rules(String ruleSet, String title) {
        JsonNode rules = set(ruleSet).path("titles").path(title);
        if (!rules.isArray()) {
            throw new IllegalStateException("Rule set " + ruleSet + " has no rules for " + title);
        }
        return rules.valueStream().toList();
    }

    private JsonNode set(String name) {
        if (name == null || !name.matches("[a-z0-9-]+")) {
            throw new IllegalStateException("Bad rule set name " + name);
        }
        return loaded.computeIfAbsent(name, n -> {
            try (InputStream in = new ClassPathResource("reward/rules/" + n + ".json").getInputStream()) {
                return json.readTree(in);
            } catch (IOException e) {
                throw new IllegalStateException("Rule set " + n + " cannot be read", e);
            }
        });
    }
}
