package cn.huzhu.app.roster;

/** The whole file is refused; the message tells the unit operator why, in Chinese. Nothing of the file is stored. */
public class RosterFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RosterFileException(String message) {
        super(message);
    }

    public RosterFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
