package vn.noivu.review.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.noivu.platform.web.NavigationItem;
import vn.noivu.review.Review;
import vn.noivu.review.ReviewDraft;
import vn.noivu.review.Reviews;
import vn.noivu.review.SectionSlot;

/** The review page: the figures per section with their drill-downs, the drafts and their approval. */
@Controller
@RequestMapping("/review")
class ReviewPages {

    private final Reviews reviews;

    ReviewPages(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    String review(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer baselineYear,
            @RequestParam(defaultValue = "false") boolean recast,
            Model model) {
        Review r = reviews.review(scope, year, baselineYear, recast);
        List<ReviewDraft> drafts = reviews.drafts(r.scope(), r.year(), r.baselineYear());
        Map<String, String> titles = new LinkedHashMap<>();
        SectionSlot.ORDER.forEach(s -> titles.put(s.key(), s.title()));
        model.addAttribute("review", r);
        model.addAttribute("drafts", drafts);
        model.addAttribute("latest", drafts.isEmpty() ? null : drafts.get(0));
        model.addAttribute(
                "missingTitles",
                String.join(", ", r.missingSections().stream().map(titles::get).toList()));
        model.addAttribute("query", query(r));
        return "review/review";
    }

    /** Saves the page's narrative fields ({@code narrative.<section>}) as a new version. */
    @PostMapping("/drafts")
    String save(
            @RequestParam(required = false) String scope,
            @RequestParam int year,
            @RequestParam int baselineYear,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<String, String> narrative = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("narrative.")) {
                narrative.put(k.substring("narrative.".length()), v);
            }
        });
        ReviewDraft d = reviews.saveDraft(new ReviewDraft.Request(blank(scope), year, baselineYear, narrative));
        redirect.addFlashAttribute("savedVersion", d.version());
        return "redirect:/review?" + query(d.scope(), d.year(), d.baselineYear());
    }

    @PostMapping("/drafts/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        ReviewDraft d = reviews.approve(id);
        redirect.addFlashAttribute("approvedVersion", d.version());
        return "redirect:/review?" + query(d.scope(), d.year(), d.baselineYear());
    }

    private static String query(Review r) {
        return query(r.scope(), r.year(), r.baselineYear()) + (r.recast() ? "&recast=true" : "");
    }

    private static String query(String scope, int year, int baselineYear) {
        return (scope == null ? "" : "scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8) + "&") + "year=" + year
                + "&baselineYear=" + baselineYear;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem reviewNavigationItem() {
            return new NavigationItem("nav.review", "/review", 700, null);
        }
    }
}
