using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Goodhart.Store.Migrations
{
    /// <inheritdoc />
    public partial class StressTestSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "stress_test_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    MeasureName = table.Column<string>(maxLength: 200, nullable: false),
                    Role = table.Column<string>(maxLength: 50, nullable: true),
                    AnswersJson = table.Column<string>(nullable: false),
                    StartedOn = table.Column<DateOnly>(nullable: false),
                    UpdatedOn = table.Column<DateOnly>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stress_test_sessions", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "stress_test_sessions");
        }
    }
}
