package org.msettriage.service.pages;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.msettriage.service.security.Area;
import org.msettriage.service.security.Caller;

/**
 * What a page shown outside any one area (a refusal, an error) needs to wear the reader's own area: its
 * header and footer, and a link to their own home page, never to one that would refuse them. A reader
 * not signed in, or a caller of the API only, gets the sign-in form's footer.
 */
final class ReaderArea {

    private ReaderArea() {}

    /** The model's "area", "footer", "signedIn", and for a reader with an area "home" and "homeName". */
    static Map<String, Object> of(Caller reader) {
        Map<String, Object> model = new HashMap<>();
        model.put("signedIn", reader);
        Optional<Area> own = reader == null ? Optional.empty() : Area.of(reader);
        if (own.isEmpty()) {
            // A caller of the API only (a case system's key) has no home among the pages.
            model.put("area", Area.AUDIT.word());
            model.put("footer", SignInPage.FOOTER);
            return model;
        }
        Area area = own.get();
        model.put("area", area.word());
        model.put("footer", area.word());
        model.put("home", area.home());
        model.put("homeName", area.homeName());
        return model;
    }
}
