package cn.huzhu.adapter.dynamodb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.huzhu.app.port.MemberCorrectionStore;
import cn.huzhu.app.port.Page;
import cn.huzhu.domain.change.MemberCorrection;
import cn.huzhu.domain.identity.Gender;
import cn.huzhu.domain.identity.IdDocumentType;
import cn.huzhu.domain.roster.Occupation;
import cn.huzhu.domain.roster.Person;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * 信息更正 requests in their enrollment's partition (SK MCORR#id); open ones in GSI1 under MCORRQ#org by the time asked,
 * every one in GSI2 under UNITMCORR#unit by that time.
 */
public final class DynamoMemberCorrectionStore implements MemberCorrectionStore {
    private final DynamoTable table;

    public DynamoMemberCorrectionStore(DynamoTable table) {
        this.table = table;
    }

    record PersonData(String name, String idType, String idNumber, String gender, String birthDate, String phone,
            String occupation, String note) {
        static PersonData of(Person p) {
            return new PersonData(p.name(), p.idType().name(), p.idNumber(), p.gender().name(), p.birthDate().toString(),
                    p.phone(), p.occupation().name(), p.note());
        }

        Person toPerson() {
            return new Person(name, IdDocumentType.valueOf(idType), idNumber, Gender.valueOf(gender), LocalDate.parse(birthDate),
                    phone == null ? "" : phone, Occupation.valueOf(occupation), note == null ? "" : note);
        }
    }

    record CorrectionItem(@JsonProperty("PK") String pk, @JsonProperty("SK") String sk,
            @JsonProperty("GSI1PK") String gsi1pk, @JsonProperty("GSI1SK") String gsi1sk,
            @JsonProperty("GSI2PK") String gsi2pk, @JsonProperty("GSI2SK") String gsi2sk, String id, String enrollmentId,
            String applicationNo, String unitId, String unitName, String orgCode, String personKey, PersonData was,
            PersonData corrected, String reason, String attachmentId, String status, String requestedBy,
            String requestedAt, String decidedBy, String decidedAt, String refusal) {

        static CorrectionItem of(MemberCorrection c) {
            boolean open = c.status() == MemberCorrection.Status.REQUESTED;
            String time = Times.sortable(c.requestedAt()) + "#" + c.id();
            return new CorrectionItem("ENR#" + c.enrollmentId(), "MCORR#" + c.id(), open ? "MCORRQ#" + c.orgCode() : null,
                    open ? time : null, "UNITMCORR#" + c.unitId(), time, c.id(), c.enrollmentId(), c.applicationNo(),
                    c.unitId(), c.unitName(), c.orgCode(), c.personKey(), PersonData.of(c.was()), PersonData.of(c.corrected()),
                    c.reason(), c.attachmentId(), c.status().name(), c.requestedBy(), Times.text(c.requestedAt()),
                    c.decidedBy(), Times.text(c.decidedAt()), c.refusal());
        }

        MemberCorrection toCorrection() {
            return new MemberCorrection(id, enrollmentId, applicationNo, unitId, unitName, orgCode, personKey,
                    was.toPerson(), corrected.toPerson(), reason, attachmentId, MemberCorrection.Status.valueOf(status),
                    requestedBy, Times.instant(requestedAt), decidedBy, Times.instant(decidedAt), refusal);
        }
    }

    @Override
    public boolean create(MemberCorrection correction) {
        boolean open = table.count(Query.on(null, "PK", "ENR#" + correction.enrollmentId()).sortBeginsWith("SK", "MCORR#")
                .filter("#key = :key AND #status = :open", Map.of("#key", "personKey", "#status", "status"),
                        Map.of(":key", AttributeValue.fromS(correction.personKey()),
                                ":open", AttributeValue.fromS(MemberCorrection.Status.REQUESTED.name()))).build()) > 0;
        return !open && table.insert(CorrectionItem.of(correction));
    }

    @Override
    public boolean decide(MemberCorrection expected, MemberCorrection decided) {
        return table.putIf(CorrectionItem.of(decided), "#status = :expected", Map.of("#status", "status"),
                Map.of(":expected", AttributeValue.fromS(expected.status().name())));
    }

    @Override
    public Optional<MemberCorrection> find(String enrollmentId, String id) {
        return table.get("ENR#" + enrollmentId, "MCORR#" + id, CorrectionItem.class).map(CorrectionItem::toCorrection);
    }

    @Override
    public List<MemberCorrection> open(String orgCode) {
        List<MemberCorrection> found = new ArrayList<>();
        table.queryAll(Query.on(DynamoTable.GSI1, "GSI1PK", "MCORRQ#" + orgCode).build(), CorrectionItem.class,
                item -> found.add(item.toCorrection()));
        return found;
    }

    @Override
    public Page<MemberCorrection> forUnit(String unitId, String cursor, int limit) {
        return table.query(Query.on(DynamoTable.GSI2, "GSI2PK", "UNITMCORR#" + unitId).descending().limit(limit)
                .cursor(cursor).build(), CorrectionItem.class).map(CorrectionItem::toCorrection);
    }
}
