package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

class EvidenceIT extends ApiTest {

    @Test
    void evidenceIsStoredWithItsHashAndServedBackUnchanged() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");

        Answer added = upload("sam", id, "C:\\photos\\..\\label.png", Files.PNG, "LABEL_COMPARISON",
                Map.of("description", "New label stuck over the original")).expect(201);

        assertThat(added.text("/contentType")).isEqualTo("image/png");
        assertThat(added.text("/fileName")).isEqualTo("label.png");
        assertThat(added.text("/party")).isEqualTo("SELLER");
        assertThat(added.text("/sha256"))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.PNG)));
        MvcResult download = mvc.perform(MockMvcRequestBuilders
                .get("/api/disputes/{id}/evidence/{e}", id, added.text("/id")).with(httpBasic("ada", "ada"))).andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(Files.PNG);
        assertThat(download.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");

        get("sue", "/api/disputes/" + id + "/evidence/" + added.text("/id")).expect(404);
        assertThat(dispute("bob", id).at("/evidence").findValuesAsText("kind")).containsExactly("LABEL_COMPARISON");
    }

    @Test
    void anExecutableRenamedToJpgIsRefused() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");

        Answer refused = upload("bob", id, "photo.jpg", Files.EXE, "PRODUCT_PHOTO", Map.of()).expect(415);

        assertThat(refused.text("/detail")).contains("photo.jpg");
        assertThat(dispute("bob", id).at("/evidence")).isEmpty();
    }

    @Test
    void aFileOverTheRulebookLimitIsRefused() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");

        upload("bob", id, "huge.png", Files.largePng(10 * 1024 * 1024 + 1), "PRODUCT_PHOTO", Map.of()).expect(413);

        assertThat(dispute("bob", id).at("/evidence")).isEmpty();
    }

    @Test
    void aPartysEvidenceIsCappedPerCase() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        byte[] nineMegabytes = Files.largePng(9 * 1024 * 1024);
        for (int i = 0; i < 5; i++) {
            upload("bob", id, "p" + i + ".png", nineMegabytes, "PRODUCT_PHOTO", Map.of()).expect(201);
        }
        upload("bob", id, "p6.png", nineMegabytes, "PRODUCT_PHOTO", Map.of()).expect(413);
        // the seller's own allowance is untouched
        upload("sam", id, "s.png", nineMegabytes, "PRODUCT_PHOTO", Map.of()).expect(201);
    }

    @Test
    void evidenceNeedsAKnownKindAndARightfulParty() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        upload("bob", id, "p.png", Files.PNG, "SELFIE", Map.of()).expect(400);
        upload("ada", id, "p.png", Files.PNG, "PRODUCT_PHOTO", Map.of()).expect(403);
        upload("sue", id, "p.png", Files.PNG, "PRODUCT_PHOTO", Map.of()).expect(404);
        upload("bob", id, "empty.png", new byte[0], "PRODUCT_PHOTO", Map.of()).expect(400);
    }

    @Test
    void evidenceAddedDuringArbitrationUpdatesTheSuggestion() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "NO_REFUND")).expect(201);
        postJson("bob", "/api/disputes/" + id + "/escalate", Map.of()).expect(200);
        assertThat(dispute("ada", id).at("/suggestedResponsibility").isNull()).isTrue();

        upload("bob", id, "box.png", Files.PNG, "OUTER_PACKAGING_PHOTO", Map.of("packagingDamaged", "true")).expect(201);

        assertThat(dispute("ada", id).text("/suggestedResponsibility")).isEqualTo("LOGISTICS");
    }

    @Test
    void anMp4FromAPhoneIsAcceptedAndOnlyPartiesAndArbitratorsDownloadIt() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_NOT_WORKING");
        byte[] mp4 = new byte[64];
        byte[] head = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'i', 's', 'o',
                '2', 'a', 'v', 'c', '1', 'm', 'p', '4', '1'};
        System.arraycopy(head, 0, mp4, 0, head.length);

        Answer video = upload("bob", id, "unboxing.mp4", mp4, "VIDEO", Map.of()).expect(201);

        assertThat(video.text("/contentType")).isEqualTo("video/mp4");
        get("ann", "/api/disputes/" + id + "/evidence/" + video.text("/id")).expect(403);
        get("market", "/api/disputes/" + id + "/evidence/" + video.text("/id")).expect(403);
    }

    @Test
    void crushedOuterPackagingOnPlatformLogisticsPointsAtTheCarrier() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        upload("bob", id, "box.png", Files.PNG, "OUTER_PACKAGING_PHOTO", Map.of("packagingDamaged", "true")).expect(201);
        postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "NO_REFUND")).expect(201);

        postJson("sam", "/api/disputes/" + id + "/escalate", Map.of()).expect(200);

        Answer escalated = dispute("ada", id);
        assertThat(escalated.text("/suggestedResponsibility")).isEqualTo("LOGISTICS");
        assertThat(escalated.at("/evidence/0/packagingDamaged").asBoolean()).isTrue();
    }

    /** Over real HTTP: Tomcat reads the part headers, where a file name travels; its limit answered 413 to 171 Chinese characters. */
    private Answer uploadOverHttp(String user, String id, String fileName) throws Exception {
        String boundary = "----dispute-center-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPRODUCT_PHOTO\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.PNG);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/disputes/" + id + "/evidence"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), json.readTree(response.body()), response.body());
    }

    @Test
    void aLongFileNameIsCutNotRefusedAndItsInvisibleCharactersAreDropped() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");

        Answer chinese = uploadOverHttp("bob", id, "\u5c4f\u5e55".repeat(150) + "\u200B.png").expect(201);
        String kept = chinese.text("/fileName");
        assertThat(kept.codePointCount(0, kept.length())).isEqualTo(200);
        assertThat(kept).startsWith("\u5c4f\u5e55\u5c4f").endsWith("\u2026.png").doesNotContain("\u200B");

        Answer bidi = uploadOverHttp("bob", id, "invoice\u202Egpj.exe\u2066.png").expect(201);
        assertThat(bidi.text("/fileName")).isEqualTo("invoicegpj.exe.png");

        Answer ascii = uploadOverHttp("bob", id, "scan-".repeat(1000) + ".png").expect(201);
        assertThat(ascii.text("/fileName")).hasSize(200).endsWith("\u2026.png");

        assertThat(dispute("bob", id).at("/evidence").findValuesAsText("fileName")).containsExactly(kept,
                "invoicegpj.exe.png", ascii.text("/fileName"));
    }

    @Test
    void partHeadersBeyondAnyFileNameAreABadRequestNotTooLarge() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        Answer refused = uploadOverHttp("bob", id, "x".repeat(9000) + ".png").expect(400);
        assertThat(refused.text("/detail")).contains("headers");
        assertThat(dispute("bob", id).at("/evidence")).isEmpty();
    }
}
