package org.msettriage.service.pages;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Keeps a signed-in reader's session when their page's warning is answered "Stay signed in" ({@link
 * org.msettriage.service.security.SessionWarnings}): a request like any page's, which is all a session's
 * idle time counts. Under each area, so the area's own filter chain checks the reader as for any of its
 * pages.
 */
@Controller
class SessionWarning {

    /**
     * No content, never cached; a reader whose session already ended is sent to sign in, as for any page,
     * and the page's script does not follow.
     */
    @GetMapping("/{area:audit|rules|panel|analysis}/session")
    ResponseEntity<Void> keep() {
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }
}
