package org.schoolscope.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A missing record asked for by a page gets the not-found page, with the layout's council in its model. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageNotFoundAdvice {

    private final CouncilProperties council;

    PageNotFoundAdvice(CouncilProperties council) {
        this.council = council;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("council", council);
        return page;
    }
}
