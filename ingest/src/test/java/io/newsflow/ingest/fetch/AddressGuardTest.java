package io.newsflow.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schema.deadletter.DeadLetterReason;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
  @Test
  void refusesInternalAddressesByDefault() {
    AddressGuard guard = AddressGuard.strict();
    for (String url :
        List.of(
            "http://127.0.0.1/",
            "http://10.0.0.1/",
            "http://192.168.1.1/",
            "http://172.16.0.1/",
            "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/",
            "http://[fd00::1]/",
            "http://100.64.0.1/",
            "http://0.0.0.0/",
            "http://224.0.0.1/",
            "http://localhost/")) {
      assertEquals(DeadLetterReason.BLOCKED_ADDRESS, guard.check(URI.create(url)).reason(), url);
    }
  }

  @Test
  void refusesOtherSchemes() {
    assertEquals(
        DeadLetterReason.INVALID_URL,
        AddressGuard.strict().check(URI.create("ftp://example.com/")).reason());
    assertEquals(
        DeadLetterReason.INVALID_URL,
        AddressGuard.strict().check(URI.create("file:///etc/passwd")).reason());
  }

  @Test
  void letsAllowListedAddressesAndBlocksThrough() {
    AddressGuard guard = new AddressGuard(List.of("127.0.0.1", "10.1.0.0/16"));
    assertNull(guard.check(URI.create("http://127.0.0.1:8080/")));
    assertNull(guard.check(URI.create("http://10.1.200.3/")));
    assertEquals(
        DeadLetterReason.BLOCKED_ADDRESS, guard.check(URI.create("http://10.2.0.1/")).reason());
    assertEquals(
        DeadLetterReason.BLOCKED_ADDRESS, guard.check(URI.create("http://127.0.0.2/")).reason());
  }

  @Test
  void knowsPublicAddressesFromInternalOnes() throws UnknownHostException {
    assertFalse(AddressGuard.isInternal(InetAddress.getByName("93.184.216.34")));
    assertFalse(AddressGuard.isInternal(InetAddress.getByName("2606:2800:220:1::1")));
    assertTrue(AddressGuard.isInternal(InetAddress.getByName("100.127.255.255")));
    assertFalse(AddressGuard.isInternal(InetAddress.getByName("100.128.0.1")));
  }
}
