package vn.noivu.reward.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.noivu.reward.Eligibility;
import vn.noivu.reward.Eligibility.Condition;

/**
 * Evaluates every rule of a title's rule set against a person's or a unit's records and says, for each,
 * whether it is met and which records decided it. A person or unit is eligible only when all are met.
 */
@Component
class EligibilityEngine {

    static final List<String> RATING_ORDER = List.of("KHTNV", "HTNV", "HTTNV", "HTXSNV");
    static final List<String> SCOPE_ORDER = List.of("UNIT", "MINISTRY_PROVINCE", "NATIONAL");
    static final List<String> DISCIPLINE_ORDER =
            List.of("KHIEN_TRACH", "CANH_CAO", "HA_BAC_LUONG", "GIANG_CHUC", "CACH_CHUC", "BUOC_THOI_VIEC");
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    EligibilityEngine(MessageSource messages) {
        this.messages = messages;
    }

    Eligibility person(String ruleSet, List<JsonNode> rules, Facts.PersonFacts p, int year) {
        List<Condition> conditions = new ArrayList<>();
        for (JsonNode rule : rules) {
            conditions.add(personRule(rule, p, year));
        }
        return new Eligibility(conditions.stream().allMatch(Condition::met), ruleSet, conditions);
    }

    Eligibility collective(String ruleSet, List<JsonNode> rules, Facts.CollectiveFacts c, int year) {
        List<Condition> conditions = new ArrayList<>();
        for (JsonNode rule : rules) {
            conditions.add(collectiveRule(rule, c, year));
        }
        return new Eligibility(conditions.stream().allMatch(Condition::met), ruleSet, conditions);
    }

    private Condition personRule(JsonNode rule, Facts.PersonFacts p, int year) {
        String id = rule.path("id").asString();
        return switch (rule.path("rule").asString()) {
            case "NO_DISCIPLINE" -> {
                var found = p.disciplines().stream()
                        .filter(d -> d.decidedOn().getYear() == year)
                        .toList();
                yield found.isEmpty()
                        ? new Condition(id, true, msg("reward.rule.noDiscipline.met", year))
                        : new Condition(id, false, msg("reward.rule.noDiscipline.failed", year, describe(found)));
            }
            case "RATING_AT_LEAST" -> {
                String min = rule.path("rating").asString();
                String actual = p.ratings().get(year);
                boolean met = actual != null && RATING_ORDER.indexOf(actual) >= RATING_ORDER.indexOf(min);
                yield new Condition(
                        id,
                        met,
                        actual == null
                                ? msg("reward.rule.rating.none", year, rating(min))
                                : msg("reward.rule.rating.is", year, rating(actual), rating(min)));
            }
            case "EXCELLENT_OR_INITIATIVE" -> {
                String scope = rule.path("scope").asString();
                boolean excellent = "HTXSNV".equals(p.ratings().get(year));
                var initiatives = initiatives(p, scope, year, year);
                boolean met = excellent || !initiatives.isEmpty();
                yield new Condition(
                        id,
                        met,
                        excellent
                                ? msg("reward.rule.excellent.rated", year)
                                : !initiatives.isEmpty()
                                        ? msg("reward.rule.initiative.found", describeInitiatives(initiatives))
                                        : msg("reward.rule.excellent.none", year, scopeLabel(scope)));
            }
            case "CONSECUTIVE_TITLE" -> {
                String title = rule.path("title").asString();
                int years = rule.path("years").asInt();
                List<Integer> missing = IntStream.rangeClosed(year - years + 1, year)
                        .filter(y -> !p.titlesOf(y).contains(title))
                        .boxed()
                        .toList();
                yield new Condition(
                        id,
                        missing.isEmpty(),
                        missing.isEmpty()
                                ? msg("reward.rule.consecutive.met", title, years, year - years + 1, year)
                                : msg(
                                        "reward.rule.consecutive.missing",
                                        title,
                                        years,
                                        year - years + 1,
                                        year,
                                        join(missing)));
            }
            case "INITIATIVE" -> {
                String scope = rule.path("scope").asString();
                int years = rule.path("years").asInt(1);
                var found = initiatives(p, scope, year - years + 1, year);
                yield new Condition(
                        id,
                        !found.isEmpty(),
                        found.isEmpty()
                                ? msg("reward.rule.initiative.none", scopeLabel(scope), year - years + 1, year)
                                : msg("reward.rule.initiative.found", describeInitiatives(found)));
            }
            default -> throw new IllegalStateException("Unknown individual rule " + rule);
        };
    }

    private Condition collectiveRule(JsonNode rule, Facts.CollectiveFacts c, int year) {
        String id = rule.path("id").asString();
        List<Facts.PersonFacts> members = c.members();
        int total = members.size();
        return switch (rule.path("rule").asString()) {
            case "MEMBERS_EXIST" -> new Condition(id, total > 0, msg("reward.rule.members", total, year));
            case "MEMBER_SHARE_WITH_TITLES" -> {
                Set<String> titles = strings(rule.path("titles"));
                int percent = rule.path("percent").asInt();
                long with = members.stream()
                        .filter(m -> m.titlesOf(year).stream().anyMatch(titles::contains))
                        .count();
                yield new Condition(
                        id,
                        total > 0 && with * 100 >= (long) percent * total,
                        msg("reward.rule.share.titles", with, total, percent, String.join(", ", titles), year));
            }
            case "MEMBER_SHARE_RATED" -> {
                String min = rule.path("rating").asString();
                int percent = rule.path("percent").asInt();
                long rated = members.stream()
                        .filter(m -> {
                            String r = m.ratings().get(year);
                            return r != null && RATING_ORDER.indexOf(r) >= RATING_ORDER.indexOf(min);
                        })
                        .count();
                yield new Condition(
                        id,
                        total > 0 && rated * 100 >= (long) percent * total,
                        msg("reward.rule.share.rated", rated, total, percent, rating(min), year));
            }
            case "MEMBERS_WITH_TITLES" -> {
                Set<String> titles = strings(rule.path("titles"));
                int count = rule.path("count").asInt(1);
                long with = members.stream()
                        .filter(m -> m.titlesOf(year).stream().anyMatch(titles::contains))
                        .count();
                yield new Condition(
                        id,
                        with >= count,
                        msg("reward.rule.members.titles", with, count, String.join(", ", titles), year));
            }
            case "NO_MEMBER_DISCIPLINED" -> {
                int from = DISCIPLINE_ORDER.indexOf(rule.path("level").asString());
                List<String> found = new ArrayList<>();
                for (var m : members) {
                    for (var d : m.disciplines()) {
                        if (d.decidedOn().getYear() == year && DISCIPLINE_ORDER.indexOf(d.level()) >= from) {
                            found.add(msg(
                                    "reward.rule.member.disciplined",
                                    m.personId(),
                                    level(d.level()),
                                    d.decisionNo(),
                                    d.decidedOn().format(VN_DATE)));
                        }
                    }
                }
                yield new Condition(
                        id,
                        found.isEmpty(),
                        found.isEmpty()
                                ? msg(
                                        "reward.rule.noMemberDisciplined.met",
                                        level(rule.path("level").asString()),
                                        year)
                                : msg("reward.rule.noMemberDisciplined.failed", String.join("; ", found)));
            }
            case "COLLECTIVE_TITLE" -> {
                String title = rule.path("title").asString();
                boolean met = c.titles().getOrDefault(year, Set.of()).contains(title);
                yield new Condition(
                        id,
                        met,
                        msg(
                                met ? "reward.rule.collectiveTitle.met" : "reward.rule.collectiveTitle.missing",
                                title,
                                year));
            }
            default -> throw new IllegalStateException("Unknown collective rule " + rule);
        };
    }

    private static List<Facts.InitiativeFact> initiatives(
            Facts.PersonFacts p, String minScope, int fromYear, int toYear) {
        int min = SCOPE_ORDER.indexOf(minScope);
        return p.initiatives().stream()
                .filter(i -> SCOPE_ORDER.indexOf(i.scope()) >= min)
                .filter(i -> i.recognisedOn().getYear() >= fromYear
                        && i.recognisedOn().getYear() <= toYear)
                .toList();
    }

    private String describe(List<Facts.DisciplineFact> found) {
        return found.stream()
                .map(d -> msg(
                        "reward.rule.discipline.item",
                        level(d.level()),
                        d.decisionNo(),
                        d.decidedOn().format(VN_DATE)))
                .collect(Collectors.joining("; "));
    }

    private String describeInitiatives(List<Facts.InitiativeFact> found) {
        return found.stream()
                .map(i -> msg(
                        "reward.rule.initiative.item",
                        scopeLabel(i.scope()),
                        i.decisionNo(),
                        i.recognisedOn().format(VN_DATE)))
                .collect(Collectors.joining("; "));
    }

    private static Set<String> strings(JsonNode array) {
        return array.valueStream()
                .map(JsonNode::asString)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String join(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private String rating(String code) {
        return msg("reward.rating." + code);
    }

    private String level(String code) {
        return msg("reward.discipline." + code);
    }

    private String scopeLabel(String code) {
        return msg("reward.scope." + code);
    }

    private String msg(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        // Years and counts as written, not as grouped numbers ("2026", not "2.026").
        Object[] plain = java.util.Arrays.stream(args)
                .map(a -> a instanceof Number ? String.valueOf(a) : a)
                .toArray();
        return messages.getMessage(key, plain, key, locale);
    }
}
