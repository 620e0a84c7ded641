package org.msettriage.service.audit;

import java.util.UUID;
import org.msettriage.service.problem.UnreadableContentException;
import org.springframework.stereotype.Component;

/**
 * How a decision's personal content is kept at rest: the child reference as its keyed hash, the request
 * and response encrypted and bound to the decision, and the digest the seal covers. The one place that
 * knows these forms, for the store, its migration and its readers alike.
 */
@Component
public class PersonalContent {

    /** A decision's personal content in the form it is stored. */
    public record Protected(String childRefHash, byte[] request, byte[] response, String sha256) {}

    /** The form migration 7 stored content in (text), before migration 9 moved it to bytes. */
    public record ProtectedAsText(String childRefHash, String request, String response, String sha256) {}

    private final FieldCipher cipher;
    private final ChildRefHash childRefs;

    PersonalContent(FieldCipher cipher, ChildRefHash childRefs) {
        this.cipher = cipher;
        this.childRefs = childRefs;
    }

    public Protected protect(UUID decisionId, String childRef, String requestJson, String responseJson) {
        String childRefHash = childRefs.of(childRef);
        byte[] request = cipher.encryptCompressed(requestJson, "request:" + decisionId);
        byte[] response = cipher.encryptCompressed(responseJson, "response:" + decisionId);
        return new Protected(childRefHash, request, response, digest(childRefHash, request, response));
    }

    /** Only for migration 7, whose behaviour must not change for a database that has yet to run it. */
    ProtectedAsText protectAsText(UUID decisionId, String childRef, String requestJson, String responseJson) {
        String childRefHash = childRefs.of(childRef);
        String request = cipher.encrypt(requestJson, "request:" + decisionId);
        String response = cipher.encrypt(responseJson, "response:" + decisionId);
        return new ProtectedAsText(childRefHash, request, response, PersonalDigest.of(childRefHash, request, response));
    }

    /** The digest the seal covers, over the content as stored. */
    static String digest(String childRefHash, byte[] request, byte[] response) {
        return PersonalDigest.of(
                childRefHash, StoredCiphertext.digestText(request), StoredCiphertext.digestText(response));
    }

    public String request(UUID decisionId, byte[] stored) {
        return cipher.decryptStored(stored, "request:" + decisionId);
    }

    public String response(UUID decisionId, byte[] stored) {
        return cipher.decryptStored(stored, "response:" + decisionId);
    }

    /** A decision's request and answer, opened as UTF-8 JSON for a reader that parses them. */
    public Json opened(UUID decisionId, byte[] request, byte[] response) {
        return new Json(
                cipher.decryptStoredUtf8(request, "request:" + decisionId),
                cipher.decryptStoredUtf8(response, "response:" + decisionId));
    }

    /** A request's and an answer's JSON as UTF-8 bytes. */
    public record Json(byte[] request, byte[] response) {}

    /** Free text that belongs to something else kept about a decision (feedback, an access reason). */
    public String encryptText(String text, String boundTo) {
        return text == null ? null : cipher.encrypt(text, boundTo);
    }

    /** The text, or a note saying it was altered: one altered comment must not hide a whole record. */
    public String decryptText(String stored, String boundTo) {
        if (stored == null) {
            return null;
        }
        try {
            return cipher.decrypt(stored, boundTo);
        } catch (UnreadableContentException altered) {
            return "[cannot be read: altered in the database]";
        }
    }

    public String childRefHash(String childRef) {
        return childRefs.of(childRef);
    }
}
