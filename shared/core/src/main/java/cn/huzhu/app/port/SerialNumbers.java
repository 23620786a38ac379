package cn.huzhu.app.port;

/**
 * Numbers without gaps per series (1, 2, 3 …), each taken by one owner for good: asking again for the same owner
 * gives the same number, and no number is taken but by an owner that asked.
 */
public interface SerialNumbers {
    long take(String series, String owner);
}
