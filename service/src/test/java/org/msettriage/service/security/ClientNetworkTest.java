package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Refusals are counted against what one client holds: an IPv4 address, an IPv6 /64. */
class ClientNetworkTest {

    @Test
    void anIpv4AddressIsCountedAsItIs() {
        assertThat(ClientNetwork.of("192.0.2.17")).isEqualTo("192.0.2.17");
    }

    @Test
    void everyAddressOfAnIpv6NetworkIsCountedAsItsSlash64() {
        // Tomcat writes addresses in full; a proxy's header may shorten them.
        assertThat(ClientNetwork.of("2001:db8:0:1:0:0:0:1")).isEqualTo("2001:db8:0:1::/64");
        assertThat(ClientNetwork.of("2001:db8:0:1:ffff:abcd:1234:9")).isEqualTo("2001:db8:0:1::/64");
        assertThat(ClientNetwork.of("2001:DB8:0:1::42")).isEqualTo("2001:db8:0:1::/64");
        assertThat(ClientNetwork.of("[2001:db8:0:1::42]")).isEqualTo("2001:db8:0:1::/64");
        assertThat(ClientNetwork.of("2001:db8:0:2::1")).isEqualTo("2001:db8:0:2::/64");
    }

    @Test
    void aLinkLocalAddressIsCountedWithoutItsZone() {
        assertThat(ClientNetwork.of("fe80:0:0:0:1:2:3:4%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(ClientNetwork.of("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsCountedAsTheIpv4AddressItIs() {
        assertThat(ClientNetwork.of("::ffff:192.0.2.17")).isEqualTo("192.0.2.17");
    }

    @Test
    void textThatIsNoAddressIsCountedAsTheTextItIs() {
        // Text that is not an address literal is never looked up as a name.
        assertThat(ClientNetwork.of("unknown")).isEqualTo("unknown");
        assertThat(ClientNetwork.of("proxy.example:8080")).isEqualTo("proxy.example:8080");
        assertThat(ClientNetwork.of("2001:db8::zz")).isEqualTo("2001:db8::zz");
        assertThat(ClientNetwork.of("1:2:3:4:5:6:7:8:9")).isEqualTo("1:2:3:4:5:6:7:8:9");
        assertThat(ClientNetwork.of(":")).isEqualTo(":");
        // Without their zone these would have no colon, and Java would look them up as names.
        assertThat(ClientNetwork.of("cafe%:")).isEqualTo("cafe%:");
        assertThat(ClientNetwork.of("[dead.beef.cafe%x:]")).isEqualTo("[dead.beef.cafe%x:]");
        assertThat(ClientNetwork.of("")).isEmpty();
        assertThat(ClientNetwork.of(null)).isNull();
    }
}
