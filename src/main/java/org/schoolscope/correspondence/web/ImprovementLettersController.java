package org.schoolscope.correspondence.web;

import org.schoolscope.access.ViewerScope;
import org.schoolscope.correspondence.CorrespondenceNotFoundException;
import org.schoolscope.correspondence.ImprovementLetters;
import org.schoolscope.correspondence.persistence.SentLetterStore.SentLetter;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The warning notice or removal letter an improvement step sent, exactly as sent, to those who may see the school. */
@Controller
class ImprovementLettersController {

    private final ImprovementLetters letters;

    ImprovementLettersController(ImprovementLetters letters) {
        this.letters = letters;
    }

    @GetMapping("/correspondence/improvement-letters/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("id") long eventId, ViewerScope viewer) {
        SentLetter letter = letters.sentFor(eventId, viewer).orElseThrow(() -> new CorrespondenceNotFoundException(
                "No document sent by step " + eventId + " for a school you may see"));
        return Downloads.attachment("school-" + letter.urn() + "-step-" + eventId + ".pdf", Downloads.PDF,
                letter.pdf());
    }
}
