package cn.huzhu.adapter;

import java.time.Clock;

import cn.huzhu.adapter.dynamodb.DynamoStores;
import cn.huzhu.app.Ids;
import cn.huzhu.app.change.AdditionCheck;
import cn.huzhu.app.change.Corrections;
import cn.huzhu.app.change.RunningCovers;
import cn.huzhu.app.change.Removals;
import cn.huzhu.app.catalog.CatalogView;
import cn.huzhu.app.enrollment.Attachments;
import cn.huzhu.app.enrollment.EnrollmentAccess;
import cn.huzhu.app.enrollment.EnrollmentEditor;
import cn.huzhu.app.enrollment.EnrollmentLifecycle;
import cn.huzhu.app.enrollment.MemberEditing;
import cn.huzhu.app.enrollment.RosterLocks;
import cn.huzhu.app.port.FileStore;
import cn.huzhu.app.roster.RosterUploads;
import cn.huzhu.app.unit.UnitProfile;
import cn.huzhu.domain.identity.PersonKeys;

/**
 * The use cases the unit's and the office's functions both need, wired once over the stores and the file store:
 * one place that says how they are put together.
 */
public final class EnrollmentServices {
    public final Clock clock;
    public final Ids ids;
    public final DynamoStores stores;
    public final EnrollmentAccess access;
    public final EnrollmentEditor editor;
    public final PersonKeys keys;
    public final RosterLocks rosterLocks;
    public final RunningCovers runningCovers;
    public final EnrollmentLifecycle lifecycle;
    public final MemberEditing members;
    public final RosterUploads uploads;
    public final Attachments attachments;
    public final UnitProfile profiles;
    public final CatalogView catalog;
    public final Removals removals;
    public final Corrections corrections;

    public EnrollmentServices(DynamoStores stores, FileStore files, PersonKeys keys, Clock clock) {
        this.clock = clock;
        this.ids = new Ids(clock);
        this.stores = stores;
        this.keys = keys;
        this.access = new EnrollmentAccess(stores.enrollments);
        this.editor = new EnrollmentEditor(stores.enrollments);
        this.rosterLocks = new RosterLocks(editor, stores.members, ids, clock);
        this.runningCovers = new RunningCovers(stores.coverage, stores.members);
        this.lifecycle = new EnrollmentLifecycle(stores.enrollments, stores.members,
                new AdditionCheck(stores.members, runningCovers, stores.settings, clock), clock);
        this.members = new MemberEditing(access, rosterLocks, stores.members, stores.coverage, runningCovers,
                stores.settings, keys, clock);
        this.uploads = new RosterUploads(access, stores.batches, files, stores.settings, ids, clock);
        this.attachments = new Attachments(access, stores.attachments, files, stores.settings, ids, clock);
        this.profiles = new UnitProfile(stores.units, stores.settings);
        this.catalog = new CatalogView(stores.catalog);
        this.removals = new Removals(access, stores.members, stores.changes, stores.coverage, ids, clock);
        this.corrections = new Corrections(access, stores.members, stores.memberCorrections, stores.attachments,
                stores.coverage, stores.changes, stores.claims, keys, ids, clock);
    }
}
