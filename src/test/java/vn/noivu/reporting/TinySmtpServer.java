package vn.noivu.reporting;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server inside the test, on a free loopback port: it accepts every message and keeps it
 * (envelope recipients and the parsed MIME message), enough of RFC 5321 for JavaMail to deliver.
 */
final class TinySmtpServer implements AutoCloseable {

    record Received(List<String> recipients, MimeMessage message) {}

    private final ServerSocket socket;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Thread thread;

    TinySmtpServer() throws Exception {
        socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "tiny-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    List<Received> received() {
        return received;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(10_000);
                session(client);
            } catch (Exception e) {
                // closed, or a client that went away: wait for the next one
            }
        }
    }

    private void session(Socket client) throws Exception {
        BufferedReader in =
                new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = client.getOutputStream();
        reply(out, "220 localhost test SMTP");
        List<String> recipients = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase(java.util.Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 localhost");
            } else if (command.startsWith("MAIL FROM")) {
                recipients = new ArrayList<>();
                reply(out, "250 OK");
            } else if (command.startsWith("RCPT TO")) {
                recipients.add(line.substring(line.indexOf('<') + 1, line.indexOf('>')));
                reply(out, "250 OK");
            } else if (command.equals("DATA")) {
                reply(out, "354 end with <CRLF>.<CRLF>");
                StringBuilder data = new StringBuilder();
                String d;
                while ((d = in.readLine()) != null && !d.equals(".")) {
                    data.append(d.startsWith("..") ? d.substring(1) : d).append("\r\n");
                }
                MimeMessage message = new MimeMessage(
                        Session.getInstance(new Properties()),
                        new ByteArrayInputStream(data.toString().getBytes(StandardCharsets.ISO_8859_1)));
                received.add(new Received(List.copyOf(recipients), message));
                reply(out, "250 OK queued");
            } else if (command.equals("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 OK");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws Exception {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws Exception {
        socket.close();
        thread.join(2000);
    }
}
