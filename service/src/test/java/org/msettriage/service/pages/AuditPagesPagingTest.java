package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.Referrals;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The pages over more than a page of results (plain HTTP, no browser): search and the access log show
 * 25 and 50 to a page with working next and previous links, and a page of its own answers 404 for an
 * id that is not a decision.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=audit-pages-paging")
class AuditPagesPagingTest extends ServiceTest {

    private static final Pattern DECISION_LINK = Pattern.compile("class=\"decision-link\"");

    @Test
    void searchAndTheAccessLogPage() {
        UUID first = null;
        for (int i = 0; i < 27; i++) {
            UUID id = UUID.fromString(http().post(
                            "/api/v1/triage",
                            Referrals.referral("paging-" + i, 14, "FEMALE", "SOUTH_TYNESIDE", "PUSH03:CURRENT"))
                    .json()
                    .get("decisionId")
                    .asString());
            first = first == null ? id : first;
        }
        for (int i = 0; i < 51; i++) {
            as(DemoClients.AUDITOR).get("/api/v1/decisions/" + first);
        }
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.AUDITOR.key());

        PageClient.Page one = pages.get("/audit/decisions?localAuthority=SOUTH_TYNESIDE&sort=decidedAt,asc");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body())
                .contains("27 decisions found", "Page 1 of 2", "rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(links(one.body())).isEqualTo(25);
        assertThat(one.body()).contains(first.toString());
        PageClient.Page two = pages.get(href(one.body(), "next"));
        assertThat(two.body()).contains("Page 2 of 2", "rel=\"prev\"").doesNotContain(first.toString());
        assertThat(links(two.body())).isEqualTo(2);
        PageClient.Page pastTheLast =
                pages.get("/audit/decisions?localAuthority=SOUTH_TYNESIDE&sort=decidedAt,asc&page=9");
        assertThat(pastTheLast.body())
                .as("a page past the last says so, and shows no pager contradicting it")
                .contains("There is no page 9: the 27 decisions found fill 2 pages.", "Go to page 2, the last")
                .doesNotContain("Page 9 of 2", "class=\"pagination\"");

        PageClient.Page log = pages.get("/audit/access-log?decision=" + first);
        assertThat(log.body()).contains("51 reads", "Page 1 of 2");
        assertThat(pages.get(href(log.body(), "next")).body()).contains("Page 2 of 2");
        PageClient.Page beyond = pages.get("/audit/access-log?decision=" + first + "&page=9");
        assertThat(beyond.body())
                .contains("There is no page 9: the 51 reads fill 2 pages.", "Go to page 2, the last")
                .doesNotContain("Page 9 of 2", "class=\"pagination\"");
        assertThat(pages.get("/audit/decisions/not-an-id").status()).isEqualTo(404);
        assertThat(pages.get("/audit/rulesets/1999.1.0").status()).isEqualTo(404);
    }

    private static int links(String body) {
        Matcher matcher = DECISION_LINK.matcher(body);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String href(String body, String rel) {
        Matcher link =
                Pattern.compile("<a href=\"([^\"]+)\" rel=\"" + rel + "\"").matcher(body);
        assertThat(link.find()).as("a %s link", rel).isTrue();
        return link.group(1).replace("&amp;", "&");
    }
}
