package fangrid.sampledata;

import java.time.LocalDate;

/**
 * One registered member of the sample shop (a buyer or a prospect), as written to {@code customers.csv}.
 *
 * @param id         the member number, e.g. {@code M000123}
 * @param name       family and given name separated by an ideographic space
 * @param email      a fake address at example.jp or example.com
 * @param phone      a fake mobile number such as {@code 090-0123-4567}, or empty
 * @param prefecture one of the 47 prefectures
 * @param gender     {@code 男性}, {@code 女性} or {@code 回答しない}
 * @param birthDate  the birth date, or {@code null} when not given
 * @param registered the registration day
 * @param channel    the acquisition channel (流入経路)
 */
public record Person(String id, String name, String email, String phone, String prefecture,
                     String gender, LocalDate birthDate, LocalDate registered, String channel) {
}
