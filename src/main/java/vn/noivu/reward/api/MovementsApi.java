package vn.noivu.reward.api;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.reward.Movement;
import vn.noivu.reward.Rewards;

/** Emulation movements (phong trào thi đua), their registrations and pledges, and counts per year. */
@RestController
@RequestMapping("/api/v1/rewards/movements")
class MovementsApi {

    private final Rewards rewards;

    MovementsApi(Rewards rewards) {
        this.rewards = rewards;
    }

    @GetMapping
    List<Movement> movements(@RequestParam(required = false) Integer year) {
        return rewards.movements(year);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Movement launch(@RequestBody Movement.Request request) {
        return rewards.launchMovement(request);
    }

    @GetMapping("/per-year")
    List<Movement.YearCount> perYear() {
        return rewards.movementsPerYear();
    }

    @GetMapping("/{id}")
    Movement movement(@PathVariable long id) {
        return rewards.movement(id);
    }

    @PostMapping("/{id}/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    Movement register(@PathVariable long id, @RequestBody Movement.RegistrationRequest request) {
        return rewards.registerInMovement(id, request);
    }
}
