package org.msettriage.service.pages;

import java.net.URI;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links a page makes to itself: the same address and query, another page number; relative to the host. */
final class PageLinks {

    private PageLinks() {}

    static String toPage(int page) {
        URI uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUri();
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
