package cn.huzhu.domain.account;

import java.util.Objects;

import cn.huzhu.domain.common.DomainException;

/**
 * The authenticated caller of one request, as the authorizer vouched for it.
 *
 * @param unitId the unit a unit operator acts for; null for office staff
 * @param orgCode the 机构 the caller belongs to; office staff see every unit of it
 */
public record Caller(String username, Role role, String unitId, String orgCode) {
    public Caller {
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
        Objects.requireNonNull(orgCode);
        if (role == Role.UNIT && (unitId == null || unitId.isBlank())) {
            throw new IllegalArgumentException("a unit operator acts for a unit");
        }
    }

    public void requireRole(Role... allowed) {
        for (Role candidate : allowed) {
            if (candidate == role) {
                return;
            }
        }
        throw DomainException.forbidden("ROLE_NOT_ALLOWED", "当前账号（" + role.label() + "）无权进行此操作");
    }

    /** Whether the caller may see data of this unit in this org. Units see their own; office staff their org's. */
    public boolean maySee(String ownerUnitId, String ownerOrgCode) {
        if (role == Role.UNIT) {
            return unitId.equals(ownerUnitId);
        }
        return orgCode.equals(ownerOrgCode);
    }
}
