using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Goodhart.Store.Migrations
{
    /// <inheritdoc />
    public partial class Reviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "review_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Team = table.Column<string>(maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(nullable: false),
                    Attendees = table.Column<string>(maxLength: 4000, nullable: false),
                    Notes = table.Column<string>(maxLength: 4000, nullable: true),
                    RecordedOn = table.Column<DateOnly>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "review_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    MeetingId = table.Column<Guid>(nullable: false),
                    MeasureId = table.Column<Guid>(nullable: true),
                    Text = table.Column<string>(maxLength: 4000, nullable: false),
                    Owner = table.Column<string>(maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(nullable: false),
                    DoneOn = table.Column<DateOnly>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_actions_measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_review_actions_review_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "review_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reviewed_measures",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(nullable: false),
                    MeasureId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviewed_measures", x => new { x.MeetingId, x.MeasureId });
                    table.ForeignKey(
                        name: "FK_reviewed_measures_measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_reviewed_measures_review_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "review_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "signal_dispositions",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    MeetingId = table.Column<Guid>(nullable: false),
                    MeasureId = table.Column<Guid>(nullable: false),
                    SignalFirst = table.Column<DateOnly>(nullable: false),
                    SignalLast = table.Column<DateOnly>(nullable: false),
                    Rules = table.Column<string>(maxLength: 200, nullable: false),
                    Disposition = table.Column<string>(maxLength: 20, nullable: false),
                    Note = table.Column<string>(maxLength: 4000, nullable: true),
                    ActionId = table.Column<Guid>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signal_dispositions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_signal_dispositions_measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_signal_dispositions_review_actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "review_actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_signal_dispositions_review_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "review_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_review_actions_MeasureId",
                table: "review_actions",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_review_actions_MeetingId",
                table: "review_actions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_review_meetings_Team_HeldOn",
                table: "review_meetings",
                columns: new[] { "Team", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reviewed_measures_MeasureId",
                table: "reviewed_measures",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_signal_dispositions_ActionId",
                table: "signal_dispositions",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_signal_dispositions_MeasureId_SignalFirst",
                table: "signal_dispositions",
                columns: new[] { "MeasureId", "SignalFirst" });

            migrationBuilder.CreateIndex(
                name: "IX_signal_dispositions_MeetingId",
                table: "signal_dispositions",
                column: "MeetingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reviewed_measures");

            migrationBuilder.DropTable(
                name: "signal_dispositions");

            migrationBuilder.DropTable(
                name: "review_actions");

            migrationBuilder.DropTable(
                name: "review_meetings");
        }
    }
}
