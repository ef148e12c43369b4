package org.schoolscope.correspondence.web;

import java.util.Objects;
import java.util.TreeSet;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.correspondence.AcademyNotification;
import org.schoolscope.correspondence.AcademyNotifications;
import org.schoolscope.correspondence.CorrespondenceNotFoundException;
import org.schoolscope.correspondence.LettersNotReadyException;
import org.schoolscope.correspondence.Stage1Batch;
import org.schoolscope.correspondence.Stage1Filter;
import org.schoolscope.correspondence.Stage1Letters;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.CouncilProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Stage 1 letters (a page listing them, each as PDF, all as a zip, and sending them once the list is agreed) and
 * the academy notification.
 */
@Controller
class LettersController {

    private final Stage1Letters letters;
    private final AcademyNotifications notifications;
    private final CouncilProperties council;

    LettersController(Stage1Letters letters, AcademyNotifications notifications, CouncilProperties council) {
        this.letters = letters;
        this.notifications = notifications;
        this.council = council;
    }

    @GetMapping("/correspondence/letters/stage-1")
    String list(@RequestParam(required = false) String phase, @RequestParam(required = false) String priority,
            ViewerScope viewer, Model model) {
        Stage1Filter filter = filter(phase, priority);
        model.addAttribute("section", "correspondence");
        model.addAttribute("filter", filter);
        model.addAttribute("priorityParam", priority == null ? "" : priority);
        try {
            Stage1Batch all = letters.letters(council.la(), Stage1Filter.ALL, viewer);
            model.addAttribute("phases", all.letters().stream().map(letter -> letter.school().phase())
                    .filter(Objects::nonNull).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
            model.addAttribute("batch", letters.letters(council.la(), filter, viewer));
        } catch (CorrespondenceNotFoundException notAssessed) {
            model.addAttribute("batch", null);
        }
        return "correspondence/stage-1-letters";
    }

    /** Post/Redirect/Get, so reloading the page after sending sends nothing twice and shows no stale error. */
    @PostMapping("/correspondence/letters/stage-1/send")
    String send(ViewerScope viewer, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("sentNow", letters.send(council.la(), viewer));
        } catch (LettersNotReadyException notAgreed) {
            redirect.addFlashAttribute("notReady", notAgreed.getMessage());
        }
        return "redirect:/correspondence/letters/stage-1";
    }

    @GetMapping("/correspondence/letters/stage-1.zip")
    ResponseEntity<byte[]> zip(@RequestParam(required = false) String phase,
            @RequestParam(required = false) String priority, ViewerScope viewer) {
        Stage1Batch batch = letters.letters(council.la(), filter(phase, priority), viewer);
        return Downloads.attachment("stage-1-letters-run-" + batch.run().id() + ".zip", Downloads.ZIP,
                letters.zip(batch.letters()));
    }

    @GetMapping("/correspondence/letters/stage-1/{urn}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String urn, ViewerScope viewer) {
        var letter = letters.letter(council.la(), urnOf(urn), viewer);
        return Downloads.inline(letter.fileName(), Downloads.PDF, letters.pdf(letter));
    }

    @GetMapping("/correspondence/academy-notification")
    String academies(ViewerScope viewer, Model model) {
        model.addAttribute("section", "correspondence");
        model.addAttribute("notification", notifications.latest(council.la(), viewer));
        return "correspondence/academy-notification";
    }

    @GetMapping("/correspondence/academy-notification.pdf")
    ResponseEntity<byte[]> academiesPdf(ViewerScope viewer) {
        AcademyNotification notification = notifications.latest(council.la(), viewer);
        return Downloads.attachment("academy-notification-run-" + notification.run().id() + ".pdf",
                Downloads.PDF, notifications.pdf(notification));
    }

    private static Stage1Filter filter(String phase, String priority) {
        Boolean wanted = "yes".equals(priority) ? Boolean.TRUE : "no".equals(priority) ? Boolean.FALSE : null;
        return new Stage1Filter(phase, wanted);
    }

    static Urn urnOf(String value) {
        try {
            return Urn.parse(value);
        } catch (RuntimeException notAUrn) {
            throw new CorrespondenceNotFoundException("'" + value + "' is not a URN");
        }
    }
}
