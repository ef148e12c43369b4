package org.schoolscope.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A missing record asked for by a page gets the not-found page, with the layout's council and every other module's
 * {@link PageModel} in its model, so a signed-in user keeps the signed-in header.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageNotFoundAdvice {

    private final CouncilProperties council;
    private final List<PageModel> pageModels;

    PageNotFoundAdvice(CouncilProperties council, List<PageModel> pageModels) {
        this.council = council;
        this.pageModels = List.copyOf(pageModels);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("council", council);
        pageModels.forEach(pageModel -> pageModel.addTo(page.getModelMap()));
        return page;
    }
}
