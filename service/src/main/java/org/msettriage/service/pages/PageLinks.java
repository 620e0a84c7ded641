package org.msettriage.service.pages;

import java.net.URI;
import java.util.OptionalInt;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links a page makes to itself: the same address and query, another page number; relative to the host. */
final class PageLinks {

    private PageLinks() {}

    /** The page an address asks for, from 1; empty when what it gives is not a whole number of 1 or more. */
    static OptionalInt asked(String page) {
        try {
            int number = Integer.parseInt(page.strip());
            return number >= 1 ? OptionalInt.of(number) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    static String toPage(int page) {
        URI uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUri();
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
