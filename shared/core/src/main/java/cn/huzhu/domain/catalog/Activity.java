package cn.huzhu.domain.catalog;

import cn.huzhu.domain.common.Checks;

/** 保障活动: a named protection activity of one type; its plans (细类) carry the money and the rules. */
public record Activity(String id, String name, ActivityType type, boolean retired) {
    public Activity {
        Checks checks = new Checks();
        checks.require(!Checks.blank(id), "id", "保障活动编号不能为空");
        checks.require(!Checks.blank(name), "name", "保障活动名称不能为空");
        checks.require(name == null || name.length() <= 60, "name", "保障活动名称不能超过60个字");
        checks.require(type != null, "type", "请选择保障活动类型");
        checks.throwIfAny("ACTIVITY_INVALID");
    }

    public Activity withRetired(boolean value) {
        return new Activity(id, name, type, value);
    }
}
