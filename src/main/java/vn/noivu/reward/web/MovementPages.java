package vn.noivu.reward.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.noivu.reward.Movement;
import vn.noivu.reward.Rewards;

/** The movements' pages: the list with counts per year and a launch form; one movement with its pledges. */
@Controller
class MovementPages {

    private final Rewards rewards;

    MovementPages(Rewards rewards) {
        this.rewards = rewards;
    }

    @GetMapping("/rewards/movements")
    String list(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("movements", rewards.movements(year));
        model.addAttribute("perYear", rewards.movementsPerYear());
        return "reward/movements";
    }

    @PostMapping("/rewards/movements")
    String launch(
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String scopeLevel,
            @RequestParam(required = false) String scopeRef,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) String decisionNo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            @RequestParam(required = false) String signer) {
        Movement m = rewards.launchMovement(new Movement.Request(
                theme, kind, scopeLevel, scopeRef, startsOn, endsOn, decisionNo, decisionDate, signer));
        return "redirect:/rewards/movements/" + m.id();
    }

    @GetMapping("/rewards/movements/{id}")
    String movement(@PathVariable long id, Model model) {
        model.addAttribute("m", rewards.movement(id));
        return "reward/movement";
    }

    @PostMapping("/rewards/movements/{id}/registrations")
    String register(
            @PathVariable long id,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String orgCode,
            @RequestParam(required = false) String pledge,
            @RequestParam(required = false) String targetTitle) {
        rewards.registerInMovement(
                id,
                new Movement.RegistrationRequest(
                        personId, orgCode == null || orgCode.isBlank() ? null : orgCode, pledge, targetTitle, null));
        return "redirect:/rewards/movements/" + id;
    }
}
