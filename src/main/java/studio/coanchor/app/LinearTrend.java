package studio.coanchor.app;

import java.util.List;

/**
 * A least-squares line through (x, y) points: its slope and the slope's standard error, so that a trend can be told
 * apart from noise. Needs three points or more.
 */
record LinearTrend(double slope, double standardError, int points) {

    static LinearTrend fit(List<double[]> xy) {
        int n = xy.size();
        if (n < 3) {
            throw new IllegalArgumentException("a trend needs three points or more, got " + n);
        }
        double meanX = xy.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double meanY = xy.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (double[] p : xy) {
            sxx += (p[0] - meanX) * (p[0] - meanX);
            sxy += (p[0] - meanX) * (p[1] - meanY);
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("a trend needs points at different x");
        }
        double slope = sxy / sxx;
        double residuals = 0;
        for (double[] p : xy) {
            double off = p[1] - (meanY + slope * (p[0] - meanX));
            residuals += off * off;
        }
        return new LinearTrend(slope, Math.sqrt(residuals / (n - 2) / sxx), n);
    }

    /** The upper end of the slope's 95 % confidence interval (two standard errors). */
    double upperBound() {
        return slope + 2 * standardError;
    }
}
