package vn.noivu.reward.api;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.reward.Cluster;
import vn.noivu.reward.Rewards;

/** Emulation clusters (cụm, khối thi đua): members and leaders by year (docs/reward-api.md). */
@RestController
@RequestMapping("/api/v1/rewards/clusters")
class ClustersApi {

    private final Rewards rewards;

    ClustersApi(Rewards rewards) {
        this.rewards = rewards;
    }

    @GetMapping
    List<Cluster> clusters() {
        return rewards.clusters();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Cluster create(@RequestBody Cluster.Request request) {
        return rewards.createCluster(request);
    }

    @GetMapping("/{code}")
    Cluster cluster(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return rewards.cluster(code, year);
    }

    @PutMapping("/{code}/members/{year}")
    Cluster members(@PathVariable String code, @PathVariable int year, @RequestBody List<Cluster.Member> members) {
        return rewards.setClusterMembers(code, year, members);
    }

    @PutMapping("/{code}/leaders/{year}")
    Cluster.Leader designate(
            @PathVariable String code, @PathVariable int year, @RequestBody Cluster.Designation designation) {
        return rewards.designateClusterLeader(code, year, designation.orgCode());
    }

    /** Chooses the year's leader by the cluster's rule; a VOTE cluster sends the rounds' counts. */
    @PostMapping("/{code}/leaders/{year}")
    Cluster.Leader choose(
            @PathVariable String code, @PathVariable int year, @RequestBody(required = false) Cluster.Vote vote) {
        return rewards.chooseClusterLeader(code, year, vote);
    }

    @GetMapping("/{code}/criteria/{year}")
    List<Cluster.Criterion> criteria(@PathVariable String code, @PathVariable int year) {
        return rewards.clusterCriteria(code, year);
    }

    /** Replaces the year's criteria: {@code [{"code", "name", "maxPoints"}]} (the year's scores with them). */
    @PutMapping("/{code}/criteria/{year}")
    List<Cluster.Criterion> setCriteria(
            @PathVariable String code, @PathVariable int year, @RequestBody List<Cluster.Criterion> criteria) {
        return rewards.setClusterCriteria(code, year, criteria);
    }

    /** Records points: {@code [{"orgCode", "criterion", "points"}]}; answers the standings. */
    @PutMapping("/{code}/scores/{year}")
    List<Cluster.Standing> score(
            @PathVariable String code, @PathVariable int year, @RequestBody List<Cluster.Score> scores) {
        return rewards.scoreClusterMembers(code, year, scores);
    }

    @GetMapping("/{code}/standings/{year}")
    List<Cluster.Standing> standings(@PathVariable String code, @PathVariable int year) {
        return rewards.clusterStandings(code, year);
    }

    /** Proposes the leading member for a flag: {@code {"title": "CO_TD_BO_TINH"|"CO_TD_CP", "orgCode"?}}. */
    @PostMapping("/{code}/flags/{year}")
    @ResponseStatus(HttpStatus.CREATED)
    Cluster.Flag proposeFlag(
            @PathVariable String code, @PathVariable int year, @RequestBody Cluster.FlagRequest request) {
        return rewards.proposeClusterFlag(code, year, request);
    }
}
