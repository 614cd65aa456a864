import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the Java trust store of the base image from the CA certificates of Debian's ca-certificates package, the
 * job Debian's ca-certificates-java does in its install script (which never runs when packages are only unpacked).
 *
 * <p>Usage: {@code java TrustStore.java CERT_DIR OUT_FILE} — every {@code *.crt} under CERT_DIR becomes a trusted
 * entry of a PKCS12 store at OUT_FILE with the JDK's default password "changeit".
 */
public class TrustStore {
    public static void main(String[] args) throws Exception {
        Path certificates = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(certificates)) {
            files = walk.filter(file -> file.toString().endsWith(".crt")).sorted().toList();
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                X509Certificate certificate = (X509Certificate) factory.generateCertificate(in);
                String alias = file.getFileName().toString().replaceFirst("\\.crt$", "").toLowerCase();
                store.setCertificateEntry(alias, certificate);
            }
        }
        if (store.size() == 0) {
            throw new IllegalStateException("no *.crt under " + certificates);
        }
        Files.createDirectories(out.getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            store.store(stream, "changeit".toCharArray());
        }
        System.out.println(out + ": " + store.size() + " trusted certificates");
    }
}
