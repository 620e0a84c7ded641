package org.msettriage.service.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.msettriage.service.security.Area;

/**
 * Who signs in at the one sign-in form, in words: its introduction, its refusal and its footer all name
 * the readers of every {@link Area}, in its order, so that a role given pages cannot be left out of one
 * of them.
 */
final class SignInReaders {

    private SignInReaders() {}

    /** "Auditors sign in here for the audit pages, policy leads for the rules workbench, ... ." */
    static String introduction() {
        List<String> said = new ArrayList<>();
        for (Area area : Area.values()) {
            said.add(
                    said.isEmpty()
                            ? capitalised(area.readers()) + " sign in here for " + area.pages()
                            : area.readers() + " for " + area.pages());
        }
        return listed(said, "and") + ".";
    }

    /** "an auditor's, a policy lead's, the MSET coordinator's or an analyst's": whose credential is taken. */
    static String credentials() {
        return listed(areas().map(Area::whose).toList(), "or");
    }

    /** "auditors, policy leads, the MSET coordinator and analysts": whom the form's pages are for. */
    static String everyone() {
        return listed(areas().map(Area::readers).toList(), "and");
    }

    /** The sign-in form's footer, for pages that are every area's: "These pages are for the partnership's ...". */
    static String footer() {
        return "These pages are for the partnership's " + everyone() + ", each signed in to their own.";
    }

    private static Stream<Area> areas() {
        return Arrays.stream(Area.values());
    }

    private static String listed(List<String> said, String lastJoin) {
        int last = said.size() - 1;
        return last == 0
                ? said.get(0)
                : String.join(", ", said.subList(0, last)) + " " + lastJoin + " " + said.get(last);
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
