package app.groundwork;
public final class Main { public static void main(String[] a) {} }
