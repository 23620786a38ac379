package cn.huzhu.app.roster;

import java.nio.file.Path;
import java.util.List;

import cn.huzhu.domain.roster.Person;

/** Writes persons as a roster in the template's columns (.xlsx), ready to be imported. */
public interface RosterWriter {
    void write(Path target, List<Person> persons);
}
