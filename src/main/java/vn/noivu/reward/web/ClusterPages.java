package vn.noivu.reward.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.noivu.reward.Rewards;

/** The clusters' pages: the list, and one cluster with a year's members and scores and its history. */
@Controller
class ClusterPages {

    private final Rewards rewards;

    ClusterPages(Rewards rewards) {
        this.rewards = rewards;
    }

    @GetMapping("/rewards/clusters")
    String list(Model model) {
        model.addAttribute("clusters", rewards.clusters());
        return "reward/clusters";
    }

    @GetMapping("/rewards/clusters/{code}")
    String cluster(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() : year;
        model.addAttribute("cluster", rewards.cluster(code, y));
        model.addAttribute("standings", rewards.clusterStandings(code, y));
        model.addAttribute("year", y);
        return "reward/cluster";
    }
}
