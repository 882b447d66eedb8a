package vn.noivu.reward.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import vn.noivu.platform.imports.ImportScreen;
import vn.noivu.platform.imports.ImportTemplates;
import vn.noivu.platform.imports.Uploads;
import vn.noivu.reward.Rewards;

/**
 * The import page of awards and initiatives ({@code /rewards/imports}): the same upload as {@code POST
 * /api/v1/rewards/imports}, for an officer with a browser.
 */
@Controller
@RequestMapping("/rewards/imports")
class RewardImportPages {

    private final Rewards rewards;
    private final Uploads uploads;
    private final ImportTemplates templates;

    RewardImportPages(Rewards rewards, Uploads uploads, ImportTemplates templates) {
        this.rewards = rewards;
        this.uploads = uploads;
        this.templates = templates;
    }

    @GetMapping
    ModelAndView page() {
        return screen().page();
    }

    @PostMapping
    ModelAndView upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "awards") String kind,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return screen().upload(
                        file,
                        htmx != null,
                        f -> uploads.importFile(
                                "reward",
                                kind,
                                f,
                                uploads.limits("rewards", Rewards.MAX_IMPORT_ROWS),
                                table -> rewards.importFile(kind, f.getOriginalFilename(), table)));
    }

    private ImportScreen screen() {
        return new ImportScreen(
                "reward",
                "reward.imports.title",
                "reward.imports.help",
                "/rewards/imports",
                ImportScreen.Kind.of(templates.of("reward")),
                ".csv,.xlsx",
                null,
                null,
                ImportScreen.editor(),
                "import.notAllowed");
    }
}
