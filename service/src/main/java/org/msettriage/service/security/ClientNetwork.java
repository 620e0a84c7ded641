package org.msettriage.service.security;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What refused credentials are counted against: the part of a client's address that one client holds.
 *
 * <p>An IPv4 address is one client's. An IPv6 address is not: a home or a server is given a whole /64
 * network, and can send each request from another of its 2^64 addresses, so counting addresses one by one
 * would never hold a guesser back. An IPv6 address is therefore counted by its /64, and an IPv4 address
 * written as IPv6 ({@code ::ffff:192.0.2.1}) as the IPv4 address it is.
 */
final class ClientNetwork {

    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientNetwork() {}

    /**
     * The address as counted: an IPv6 address's /64 network (such as {@code 2001:db8:0:1::/64}), anything
     * else as it is.
     */
    static String of(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        // Brackets ([2001:db8::1], as a proxy may write it) are not the address, and a zone (fe80::1%eth0)
        // names the link, not the client.
        String literal = address.length() > 2 && address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1)
                : address;
        int zone = literal.indexOf('%');
        literal = zone < 0 ? literal : literal.substring(0, zone);
        // Without its colon ("cafe%:" less its zone), Java would look the text up as a name.
        if (literal.indexOf(':') < 0 || !isIpv6Literal(literal)) {
            // Not an address (a proxy's header may carry anything): counted as the text it is.
            return address;
        }
        InetAddress parsed;
        try {
            // Text that starts with a hex digit or a colon and holds a colon is read as an IPv6 literal or
            // refused: no name is looked up.
            parsed = InetAddress.getByName(literal);
        } catch (UnknownHostException | SecurityException e) {
            // Not an address (a proxy's header may carry anything): counted as the text it is.
            return address;
        }
        if (parsed instanceof Inet4Address) {
            return parsed.getHostAddress();
        }
        return networkOf(parsed.getAddress());
    }

    private static boolean isIpv6Literal(String text) {
        if (text.isEmpty() || !(isHexDigit(text.charAt(0)) || text.charAt(0) == ':')) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ':' && c != '.' && !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String networkOf(byte[] ipv6) {
        StringBuilder network = new StringBuilder(24);
        for (int i = 0; i < IPV6_NETWORK_BYTES; i += 2) {
            network.append(Integer.toHexString(((ipv6[i] & 0xff) << 8) | (ipv6[i + 1] & 0xff)))
                    .append(':');
        }
        return network.append(":/64").toString();
    }
}
