package org.msettriage.service.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.msettriage.rules.links.Identifier;
import org.msettriage.rules.links.Identifiers;
import org.msettriage.rules.links.LinkPolicy;
import org.msettriage.rules.referral.Referral;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The names a stored referral gives (people, vehicles, places: policy v1.1 section 10) as the identifier
 * key hashes them, read as the rules read them (later fields ignored) and before any stop list: any
 * identifier row stored for the decision is one of these, whatever list was in force when it was decided.
 */
final class StoredNames {

    private static final JsonMapper REFERRALS = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** No stop list. */
    private static final LinkPolicy EVERY_WORD = new LinkPolicy(1, Set.of());

    private StoredNames() {}

    /** The identifier keys of a stored request; none when it no longer reads as a referral (altered). */
    static List<String> in(String requestJson) {
        try {
            Referral referral =
                    REFERRALS.readValue(requestJson, Referral.class).withDefaults(OffsetDateTime.now(ZoneOffset.UTC));
            return Identifiers.of(referral, EVERY_WORD).stream()
                    .map(Identifier::key)
                    .toList();
        } catch (JacksonException altered) {
            return List.of();
        }
    }
}
