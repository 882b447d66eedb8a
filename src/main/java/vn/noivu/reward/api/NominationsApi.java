package vn.noivu.reward.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.reward.Nomination;
import vn.noivu.reward.Rewards;

/**
 * Nominations and their public notice. {@code GET /api/v1/rewards/public} is open without login
 * (Luật TĐKT Art. 84(5): proposed lists are made public) and shows only name, unit, title and summary.
 */
@RestController
class NominationsApi {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Rewards rewards;

    NominationsApi(Rewards rewards) {
        this.rewards = rewards;
    }

    @GetMapping("/api/v1/rewards/nominations")
    List<Nomination> nominations(@RequestParam(required = false) Integer year) {
        return rewards.nominations(year);
    }

    @GetMapping("/api/v1/rewards/nominations/{id}")
    Nomination nomination(@PathVariable long id) {
        return rewards.nomination(id);
    }

    @PostMapping("/api/v1/rewards/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    Nomination nominate(@RequestBody Nomination.Request request) {
        return rewards.nominate(request);
    }

    @PostMapping("/api/v1/rewards/nominations/{id}/notice")
    Nomination notice(@PathVariable long id, @RequestBody Nomination.Notice notice) {
        return rewards.putOnNotice(id, notice);
    }

    @GetMapping("/api/v1/rewards/public")
    List<Nomination.PublicEntry> publicNotice() {
        return rewards.publicNotice(LocalDate.now(VIETNAM));
    }
}
