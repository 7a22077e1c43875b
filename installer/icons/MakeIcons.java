import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the FanGrid logo and writes every icon file the installers use. Run from the repository root:
 *
 * <pre>java installer/icons/MakeIcons.java [output-folder]</pre>
 *
 * Java 17+, no other tools. The output is deterministic, so re-running it on an unchanged script changes nothing.
 * <ul>
 * <li>{@code fangrid-NN.png} for NN = 16, 32, 48, 64, 128, 256, 512, 1024 (Linux uses fangrid-256.png);</li>
 * <li>{@code fangrid.ico} (Windows): 16, 24, 32, 48, 64, 128 px as 32-bit BMP entries and 256 px as a PNG entry, the
 * layout Windows' own tools write;</li>
 * <li>{@code fangrid.icns} (macOS): PNG entries icp4, icp5, ic11, ic12, ic07, ic13, ic08, ic14, ic09, ic10 (16–1024 px,
 * 1x and 2x).</li>
 * </ul>
 * The logo is the app's R×F grid: 3×3 rounded cells whose colour warms towards the top-right cell (recent and
 * frequent customers), which carries the accent colour, on a white rounded tile.
 */
public final class MakeIcons {

    private static final Color ACCENT = new Color(0xd9, 0x4f, 0x2b);
    private static final Color AMBER = new Color(0xe0, 0xa5, 0x26);
    private static final Color GREEN = new Color(0x2f, 0x9e, 0x6e);
    private static final Color BLUE = new Color(0x3b, 0x6f, 0xd1);
    private static final Color PALE_BLUE = mix(BLUE, Color.WHITE, 0.55);
    private static final Color TILE = Color.WHITE;
    private static final Color TILE_EDGE = new Color(0xd5, 0xd9, 0xe0);

    /** Colour by distance from the top-right cell: steps left plus steps down. */
    private static final Color[] BY_DISTANCE = {ACCENT, AMBER, GREEN, BLUE, PALE_BLUE};

    private MakeIcons() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "installer/icons");
        Files.createDirectories(out);

        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            png.put(size, toPng(draw(size)));
        }
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512, 1024}) {
            write(out.resolve("fangrid-" + size + ".png"), png.get(size));
        }
        write(out.resolve("fangrid.ico"), ico(new int[] {16, 24, 32, 48, 64, 128, 256}, png));
        write(out.resolve("fangrid.icns"), icns(png));
    }

    // ---------------------------------------------------------------- drawing

    /** Draws the logo at {@code size} px. Small sizes drop the tile and snap the cells to whole pixels. */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

        double gridX;
        double gridSize;
        double gap;
        if (size <= 32) {
            // No tile: at 16–32 px every pixel goes to the cells, on whole-pixel boundaries.
            int g1 = size <= 16 ? 1 : 2;
            int cell = (size - 2 * g1) / 3;
            gap = g1;
            gridSize = 3 * cell + 2 * g1;
            gridX = Math.floor((size - gridSize) / 2.0);
        } else {
            double inset = size * 0.045; // room for the tile's edge on docks and task bars
            double tile = size - 2 * inset;
            double arc = tile * 0.44;
            RoundRectangle2D t = new RoundRectangle2D.Double(inset, inset, tile, tile, arc, arc);
            g.setColor(TILE);
            g.fill(t);
            float edge = (float) Math.max(1.0, size / 128.0);
            g.setStroke(new BasicStroke(edge));
            g.setColor(TILE_EDGE);
            g.draw(new RoundRectangle2D.Double(inset + edge / 2, inset + edge / 2, tile - edge, tile - edge, arc, arc));
            gridSize = tile * 0.70;
            gridX = (size - gridSize) / 2.0;
            gap = gridSize * 0.075;
        }
        double cell = (gridSize - 2 * gap) / 3.0;
        double cellArc = size <= 16 ? 1.5 : cell * 0.36;
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                int distance = (2 - col) + row;
                g.setColor(BY_DISTANCE[distance]);
                double x = gridX + col * (cell + gap);
                double y = gridX + row * (cell + gap);
                g.fill(new RoundRectangle2D.Double(x, y, cell, cell, cellArc, cellArc));
            }
        }
        g.dispose();
        return img;
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() * (1 - t) + b.getRed() * t),
                (int) Math.round(a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) Math.round(a.getBlue() * (1 - t) + b.getBlue() * t));
    }

    // ---------------------------------------------------------------- containers

    private static byte[] toPng(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(img, "png", bytes)) {
            throw new IOException("no PNG writer");
        }
        return bytes.toByteArray();
    }

    /**
     * ICO: ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the images. Entries below 256 px are
     * BITMAPINFOHEADER + bottom-up BGRA + 1-bit AND mask (height doubled in the header); 256 px is a PNG. All numbers are
     * little-endian; width and height 256 are written as 0.
     */
    static byte[] ico(int[] sizes, Map<Integer, byte[]> png) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : sizes) {
            images.add(size >= 256 ? png.get(size) : dib(draw(size)));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.u16(0);
        out.u16(1);
        out.u16(sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            int s = sizes[i];
            out.u8(s >= 256 ? 0 : s);
            out.u8(s >= 256 ? 0 : s);
            out.u8(0); // palette size
            out.u8(0); // reserved
            out.u16(1); // colour planes
            out.u16(32); // bits per pixel
            out.u32(images.get(i).length);
            out.u32(offset);
            offset += images.get(i).length;
        }
        for (byte[] image : images) {
            bytes.write(image);
        }
        return bytes.toByteArray();
    }

    private static byte[] dib(BufferedImage img) throws IOException {
        int w = img.getWidth();
        int h = img.getHeight();
        int maskStride = ((w + 31) / 32) * 4;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.u32(40); // BITMAPINFOHEADER
        out.u32(w);
        out.u32(2 * h); // XOR bitmap + AND mask
        out.u16(1);
        out.u16(32);
        out.u32(0); // BI_RGB
        out.u32(w * h * 4 + maskStride * h);
        out.u32(0);
        out.u32(0);
        out.u32(0);
        out.u32(0);
        for (int y = h - 1; y >= 0; y--) {
            for (int x = 0; x < w; x++) {
                int argb = img.getRGB(x, y);
                bytes.write(argb & 0xff);
                bytes.write((argb >>> 8) & 0xff);
                bytes.write((argb >>> 16) & 0xff);
                bytes.write((argb >>> 24) & 0xff);
            }
        }
        for (int y = h - 1; y >= 0; y--) {
            byte[] row = new byte[maskStride];
            for (int x = 0; x < w; x++) {
                if ((img.getRGB(x, y) >>> 24) == 0) {
                    row[x / 8] |= (byte) (0x80 >>> (x % 8)); // 1 = transparent
                }
            }
            bytes.write(row);
        }
        return bytes.toByteArray();
    }

    /** ICNS: "icns" + total length, then (OSType, length including its 8-byte header, PNG data) per entry; big-endian. */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Object[][] entries = {
            {"icp4", 16}, {"icp5", 32}, {"ic11", 32}, {"ic12", 64}, {"ic07", 128},
            {"ic13", 256}, {"ic08", 256}, {"ic14", 512}, {"ic09", 512}, {"ic10", 1024},
        };
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (Object[] e : entries) {
            byte[] data = png.get((Integer) e[1]);
            out.writeBytes((String) e[0]);
            out.writeInt(8 + data.length);
            out.write(data);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(file);
        head.writeBytes("icns");
        head.writeInt(8 + body.size());
        body.writeTo(file);
        return file.toByteArray();
    }

    private static void write(Path file, byte[] data) throws IOException {
        Files.write(file, data);
        System.out.println(file + " (" + data.length + " bytes)");
    }

    private static final class LittleEndian {
        private final OutputStream out;

        LittleEndian(OutputStream out) {
            this.out = out;
        }

        void u8(int v) throws IOException {
            out.write(v & 0xff);
        }

        void u16(int v) throws IOException {
            out.write(v & 0xff);
            out.write((v >>> 8) & 0xff);
        }

        void u32(int v) throws IOException {
            u16(v & 0xffff);
            u16(v >>> 16);
        }
    }
}
