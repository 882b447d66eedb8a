package vn.noivu.reward.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.noivu.reward.Rewards;

/**
 * The public notice of nominations (công khai danh sách đề nghị khen thưởng), open without login under
 * {@code /public/}: name, unit, title proposed and summary of the nominees whose notice runs today.
 */
@Controller
class PublicNoticePage {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Rewards rewards;

    PublicNoticePage(Rewards rewards) {
        this.rewards = rewards;
    }

    @GetMapping("/public/rewards")
    String notice(Model model) {
        LocalDate today = LocalDate.now(VIETNAM);
        model.addAttribute("today", today);
        model.addAttribute("entries", rewards.publicNotice(today));
        return "reward/public";
    }
}
