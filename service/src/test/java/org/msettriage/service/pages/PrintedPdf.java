package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.chrome.ChromeDriver;

/** A page printed as Chromium prints it, the paper size taken from the page's own CSS. */
record PrintedPdf(byte[] bytes, double width, double height, int pages) {

    static PrintedPdf of(ChromeDriver driver) {
        Map<String, Object> printed = driver.executeCdpCommand(
                "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", false));
        byte[] bytes = Base64.getDecoder().decode((String) printed.get("data"));
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*]")
                .matcher(text);
        assertThat(box.find()).as("a MediaBox in the PDF").isTrue();
        long pages = Pattern.compile("/Type\\s*/Page\\b(?!s)")
                .matcher(text)
                .results()
                .count();
        return new PrintedPdf(bytes, Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2)), (int) pages);
    }
}
