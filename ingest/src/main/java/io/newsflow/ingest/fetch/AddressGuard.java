package io.newsflow.ingest.fetch;

import io.newsflow.schema.deadletter.DeadLetterReason;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * The server-side request forgery guard: refuses URLs that are not http or https, and hosts that
 * resolve to a loopback, private, link-local, carrier-grade NAT, unique-local or multicast address,
 * unless the address is on the allow list (an address, or a CIDR block such as 10.1.0.0/16). Every
 * address a name resolves to is checked, so one public and one private record do not pass.
 *
 * <p>The JDK HTTP client resolves the name again when it connects; a name that changes its answer
 * in between (DNS rebinding) is not caught here.
 */
public final class AddressGuard {
  private final List<Cidr> allowed;

  public AddressGuard(List<String> allowList) {
    this.allowed = allowList.stream().map(Cidr::parse).toList();
  }

  public static AddressGuard strict() {
    return new AddressGuard(List.of());
  }

  /** Null when the URL may be fetched, else the failure. */
  public FetchFailure check(URI uri) {
    String url = uri.toString();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      return new FetchFailure(
          url, DeadLetterReason.INVALID_URL, "only http and https URLs with a host are fetched");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      return new FetchFailure(
          url, DeadLetterReason.UNKNOWN_HOST, "cannot resolve " + uri.getHost());
    }
    for (InetAddress address : addresses) {
      if (isInternal(address) && allowed.stream().noneMatch(c -> c.contains(address))) {
        return new FetchFailure(
            url,
            DeadLetterReason.BLOCKED_ADDRESS,
            uri.getHost()
                + " resolves to the internal address "
                + address.getHostAddress()
                + " (allow it with --allow-address)");
      }
    }
    return null;
  }

  static boolean isInternal(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isSiteLocalAddress()
        || a.isLinkLocalAddress()
        || a.isMulticastAddress()
        || a.isAnyLocalAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
    }
    return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 // 100.64.0.0/10 carrier-grade NAT
        || (b[0] & 0xff) == 0; // 0.0.0.0/8 "this network"
  }

  /** An address block; a bare address is a block of one. */
  record Cidr(byte[] network, int bits) {
    static Cidr parse(String spec) {
      String[] parts = spec.strip().split("/", 2);
      byte[] network;
      try {
        network = InetAddress.getByName(parts[0]).getAddress();
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("not an address: " + spec, e);
      }
      int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
      if (bits < 0 || bits > network.length * 8) {
        throw new IllegalArgumentException("bad prefix length in " + spec);
      }
      return new Cidr(network, bits);
    }

    boolean contains(InetAddress address) {
      byte[] a = address.getAddress();
      if (a.length != network.length) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 0x80 >>> (i % 8);
        if ((a[i / 8] & mask) != (network[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
