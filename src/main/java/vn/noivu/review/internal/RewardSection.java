package vn.noivu.review.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.noivu.review.ReviewFigure;
import vn.noivu.review.ReviewScope;
import vn.noivu.review.ReviewSection;
import vn.noivu.review.SectionSlot;
import vn.noivu.reward.RewardYear;
import vn.noivu.reward.Rewards;

/**
 * Emulation and commendation of the scope's subtree in the year, from the reward module: movements
 * launched and registrations, awards per title or form (against the year before), the bonus paid, and
 * the emulation flags the clusters proposed for the scope's units (with each cluster's leader of the year).
 */
@Component
class RewardSection implements ReviewSection {

    private final Rewards rewards;

    RewardSection(Rewards rewards) {
        this.rewards = rewards;
    }

    @Override
    public String key() {
        return SectionSlot.REWARDS;
    }

    @Override
    public List<ReviewFigure> figures(ReviewScope s) {
        RewardYear now = rewards.year(s.path(), s.year());
        RewardYear before = rewards.year(s.path(), s.year() - 1);
        if (now.movements() == 0 && now.awards().isEmpty() && now.flags().isEmpty()) {
            return List.of();
        }
        List<ReviewFigure> out = new ArrayList<>();
        String y = "năm " + s.year();
        String against = "năm " + (s.year() - 1);
        out.add(figure(
                s,
                "rewards.movements",
                "Phong trào thi đua được phát động",
                now.movements(),
                before.movements(),
                "phong trào",
                "Năm " + s.year() + " phát động " + Vn.number(now.movements()) + " phong trào thi đua ("
                        + Vn.number(now.regularMovements()) + " thường xuyên, " + Vn.number(now.thematicMovements())
                        + " theo chuyên đề, đợt) với " + Vn.number(now.registrations()) + " lượt đăng ký thi đua; "
                        + Vn.change(before.movements(), now.movements(), "phong trào", against) + ".",
                "/rewards/movements?year=" + s.year()));
        out.add(figure(
                s,
                "rewards.awards.TOTAL",
                "Tổng số khen thưởng",
                now.awardCount(),
                before.awardCount(),
                "lượt",
                "Khen thưởng " + y + ": " + Vn.number(now.awardCount()) + " lượt tập thể, cá nhân; "
                        + Vn.change(before.awardCount(), now.awardCount(), "lượt", against) + ".",
                "/rewards/nominations?year=" + s.year()));
        Map<String, Long> earlier = new HashMap<>();
        before.awards().forEach(t -> earlier.put(t.title() + (t.collective() ? ".C" : ".I"), t.awards()));
        for (RewardYear.TitleCount t : now.awards()) {
            String who = t.collective() ? "tập thể" : "cá nhân";
            String k = t.title() + (t.collective() ? ".C" : ".I");
            long was = earlier.getOrDefault(k, 0L);
            out.add(figure(
                    s,
                    "rewards.awards." + k,
                    t.name() + " (" + who + ")",
                    t.awards(),
                    was,
                    "lượt",
                    t.name() + " (" + who + "): " + Vn.number(t.awards()) + " lượt; "
                            + Vn.change(was, t.awards(), "lượt", against) + ".",
                    "/rewards/nominations?year=" + s.year()));
        }
        out.add(figure(
                s,
                "rewards.bonus",
                "Tiền thưởng",
                now.bonus(),
                before.bonus(),
                "đồng",
                "Tổng tiền thưởng " + y + ": " + Vn.number(now.bonus()) + " đồng; "
                        + Vn.change(before.bonus(), now.bonus(), "đồng", against) + ".",
                "/rewards/nominations?year=" + s.year()));
        for (RewardYear.FlagOf f : now.flags()) {
            out.add(ReviewFigure.of(
                    "rewards.flag." + f.cluster() + "." + f.title(),
                    f.titleName() + " — " + f.clusterName(),
                    1,
                    "đơn vị",
                    null,
                    null,
                    null,
                    f.clusterName()
                            + (f.leaderName() == null
                                    ? ""
                                    : " (trưởng cụm, khối năm " + s.year() + ": " + f.leaderName() + ")")
                            + " suy tôn " + f.orgName() + " dẫn đầu, đề nghị tặng " + f.titleName() + " năm "
                            + s.year() + ".",
                    "/rewards/clusters/" + f.cluster(),
                    s.asOf()));
        }
        return out;
    }

    private static ReviewFigure figure(
            ReviewScope s,
            String key,
            String label,
            long value,
            long previous,
            String unit,
            String sentence,
            String link) {
        return ReviewFigure.of(key, label, value, unit, null, null, null, sentence, link, s.asOf())
                .withPrevious(previous);
    }
}
