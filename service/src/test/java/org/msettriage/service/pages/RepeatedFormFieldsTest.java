package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.ServiceTest;

/**
 * A form field the pages send once, sent twice, is refused rather than joined with a comma into another
 * child's reference ("p" and "q" read as the child "p,q"); two credentials sign no one in.
 */
class RepeatedFormFieldsTest extends ServiceTest {

    @Test
    void aSubjectAccessRequestNamingTwoChildrenIsRefused() {
        PageClient.Page refused = postedByAnAuditor(
                "/audit/subject-access",
                Map.entry("childRef", "p"),
                Map.entry("childRef", "q"),
                Map.entry("reason", "request 12"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"parameter\":\"childRef\"").doesNotContain("p,q");
    }

    @Test
    void aSearchNamingTwoChildrenIsRefused() {
        PageClient.Page refused =
                postedByAnAuditor("/audit/decisions", Map.entry("childRef", "p"), Map.entry("childRef", "q"));

        assertThat(refused.status()).isEqualTo(400);
    }

    /** The page's form posted, as a signed-in auditor, with its token and the fields given, in order. */
    @SafeVarargs
    private PageClient.Page postedByAnAuditor(String page, Map.Entry<String, String>... fields) {
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.AUDITOR.key());
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("_csrf", pages.get(page).formToken()));
        form.addAll(List.of(fields));
        return pages.post(page, form);
    }

    @Test
    void twoCredentialsInOneSignInSignNoOneIn() {
        PageClient pages = new PageClient("http://localhost:" + port);
        String token = pages.get("/audit/sign-in").formToken();

        PageClient.Page refused = pages.post(
                "/audit/sign-in",
                List.of(
                        Map.entry("_csrf", token),
                        Map.entry("credential", DemoClients.AUDITOR.key()),
                        Map.entry("credential", "not-a-key")));

        assertThat(refused.status()).isLessThan(500);

        assertThat(pages.get("/audit/decisions").body()).doesNotContain("Sign out");
    }
}
