package org.msettriage.service.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * The referrals of a batch body as bytes of their own, for a body the strict reader refused for what is
 * inside one referral: a key given twice in it, or a number or nesting past the reader's limits. Each
 * referral is then read (strictly) on its own, and only the one at fault is refused, as a batch is all or
 * nothing per referral; a batch refused whole for one referral's slip stored the good ones too late.
 *
 * <p>The scan reads the body as JSON without those checks (its size is bounded by the batch's limit, its
 * depth by {@link #SCANNED_DEPTH}) only to find where each referral begins and ends. A body that is not a JSON object, names a property of its
 * own twice, or whose referrals are not a list is not split: the strict reader's problem stands.
 */
final class BatchItemsApart {

    /**
     * Deeper than any reader of the service reads, so a referral nested past the strict reader's limit is
     * found and refused on its own; bounded, as the scanner keeps a context for each level it is in.
     */
    private static final int SCANNED_DEPTH = 10_000;

    private static final JsonFactory SCANNER = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxNestingDepth(SCANNED_DEPTH)
                    .maxNameLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private BatchItemsApart() {}

    /**
     * The body's own property names, in order, and each element of its referrals list as its bytes (null
     * for one that is not an object).
     */
    record Apart(List<String> names, List<byte[]> referrals) {}

    /** The body taken apart, or null when it cannot be (then it is refused whole). */
    static Apart of(byte[] body, String referrals) {
        try (JsonParser parser = SCANNER.createParser(tools.jackson.core.ObjectReadContext.empty(), body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Set<String> seen = new HashSet<>();
            List<String> names = new ArrayList<>();
            List<byte[]> items = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                if (!seen.add(name)) {
                    return null;
                }
                names.add(name);
                JsonToken value = parser.nextToken();
                if (name.equals(referrals) && value == JsonToken.START_ARRAY) {
                    items = elements(parser, body);
                } else {
                    parser.skipChildren();
                }
            }
            return parser.nextToken() == null && items != null ? new Apart(names, items) : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static List<byte[]> elements(JsonParser parser, byte[] body) {
        List<byte[]> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.START_OBJECT) {
                // Not a referral at all: refused as such, from the lenient reading of it.
                parser.skipChildren();
                items.add(null);
                continue;
            }
            int start = (int) parser.currentTokenLocation().getByteOffset();
            parser.skipChildren();
            int end = (int) parser.currentLocation().getByteOffset();
            items.add(Arrays.copyOfRange(body, start, end));
        }
        return items;
    }
}
