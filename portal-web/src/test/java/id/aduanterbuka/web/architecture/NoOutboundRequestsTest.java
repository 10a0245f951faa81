package id.aduanterbuka.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.DatagramSocket;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.SocketChannel;
import org.junit.jupiter.api.Test;

/**
 * Server-side request forgery needs a server that fetches: nothing in the WAR opens a connection of
 * its own (OWASP API7, docs/security.md). Links we store (agency channels, MPP services) are only
 * shown, photos arrive as bytes, and no XML or JSON input can name a URL to load. Only the
 * operator's command line ({@code cli}, not in the WAR) talks HTTP, to its own Payara's health
 * check.
 */
class NoOutboundRequestsTest {
  private final JavaClasses war =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("id.aduanterbuka");

  @Test
  void nothingInTheWarOpensANetworkConnection() {
    noClasses()
        .that()
        .resideInAPackage("id.aduanterbuka..")
        .and()
        .resideOutsideOfPackage("id.aduanterbuka.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.net.http..", "javax.net..", "jakarta.ws.rs.client..")
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(
            URL.class,
            URLConnection.class,
            HttpURLConnection.class,
            Socket.class,
            DatagramSocket.class,
            SocketChannel.class)
        .check(war);
  }
}
