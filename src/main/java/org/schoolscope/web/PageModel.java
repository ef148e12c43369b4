package org.schoolscope.web;

import org.springframework.ui.ModelMap;

/**
 * Something every page's layout needs in its model (the signed-in user for the header, say), added by the module that
 * knows it. Controller advice adds it to pages a controller returns; a page rendered for an exception (not found) gets
 * no such advice, so {@link PageNotFoundAdvice} asks each contributor directly and the header stays signed in.
 */
public interface PageModel {

    void addTo(ModelMap model);
}
