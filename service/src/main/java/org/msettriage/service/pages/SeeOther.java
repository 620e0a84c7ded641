package org.msettriage.service.pages;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/** After a form: 303 See Other, so the browser fetches the next page with GET and a reload repeats nothing. */
final class SeeOther {

    private SeeOther() {}

    static RedirectView to(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        return view;
    }
}
