package cn.huzhu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.huzhu.domain.account.Caller;
import cn.huzhu.domain.account.Role;
import cn.huzhu.testing.Events;
import cn.huzhu.testing.TestAws;

class DocumentsApiHandlerTest {
    private static final DocumentsApiHandler HANDLER = new DocumentsApiHandler(TestAws.function("DocumentsFunction"));

    @Test
    void servesTheRosterTemplateAsABinaryDownload() throws Exception {
        Caller unit = new Caller("unit1", Role.UNIT, "u1", "1503");
        JsonNode response = Events.invoke(HANDLER, Events.api("GET /api/documents/roster-template", Map.of(), unit, null));
        assertThat(response.path("statusCode").asInt()).isEqualTo(200);
        assertThat(response.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(response.path("headers").path("content-disposition").asText())
                .contains("filename*=UTF-8''%E5%8F%82%E4%BF%9D%E4%BA%BA%E4%BF%A1%E6%81%AF%E6%A8%A1%E6%9D%BF-%E9%80%9A%E7%94%A8.xlsx");
        byte[] xlsx = Base64.getDecoder().decode(response.path("body").asText());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名*");
        }
    }

    @Test
    void financeHasNoUseForIt() {
        Caller finance = new Caller("finance1", Role.FINANCE, null, "1503");
        JsonNode response = Events.invoke(HANDLER, Events.api("GET /api/documents/roster-template", Map.of(), finance, null));
        assertThat(response.path("statusCode").asInt()).isEqualTo(403);
        assertThat(Events.body(response).path("code").asText()).isEqualTo("ROLE_NOT_ALLOWED");
    }
}
